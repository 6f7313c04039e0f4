// The HTTP side of the wire contract: JSON in, JSON out, the session cookie
// sent along, and errors turned into one kind of exception.

export class ApiError extends Error {
  constructor(status, code, message, details = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** Call the Hearth HTTP API; resolves to the parsed body (null for 204). */
export async function api(method, path, body) {
  const init = {
    method,
    credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', Accept: 'application/json'},
  };
  if (body !== undefined) init.body = JSON.stringify(body);
  let res;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'NETWORK', '');
  }
  if (res.status === 204) return null;
  let data = null;
  try {
    data = await res.json();
  } catch {
    data = null;
  }
  if (!res.ok) {
    const err = (data && data.error) || {};
    throw new ApiError(res.status, err.code || `HTTP_${res.status}`, err.message || '', err);
  }
  return data;
}

export const get = (path) => api('GET', path);
export const post = (path, body = {}) => api('POST', path, body);
