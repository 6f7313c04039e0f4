// A short, soft sound for urgent alerts, made with WebAudio (no audio files).
// Facilitators can switch it off; the choice is remembered on this device.

const KEY = 'hearth.alertSound';
let context = null;

export function soundEnabled() {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

export function setSoundEnabled(on) {
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch { /* private mode: keep the default */ }
}

/** Browsers only allow sound after a gesture: unlock on the first one. */
export function unlockAudioOnGesture() {
  const unlock = () => {
    try {
      if (!context) context = new (window.AudioContext || window.webkitAudioContext)();
      if (context.state === 'suspended') context.resume();
    } catch { /* no audio on this device */ }
  };
  window.addEventListener('pointerdown', unlock, {once: true, capture: true});
  window.addEventListener('keydown', unlock, {once: true, capture: true});
}

/** Two gentle rising tones, about half a second long. */
export function playChime() {
  if (!soundEnabled()) return;
  try {
    if (!context) context = new (window.AudioContext || window.webkitAudioContext)();
    if (context.state === 'suspended') context.resume();
    const now = context.currentTime;
    [[660, 0], [880, 0.22]].forEach(([freq, offset]) => {
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, now + offset);
      gain.gain.exponentialRampToValueAtTime(0.25, now + offset + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + offset + 0.3);
      osc.connect(gain).connect(context.destination);
      osc.start(now + offset);
      osc.stop(now + offset + 0.32);
    });
  } catch { /* no audio: the banner and title still show */ }
}
