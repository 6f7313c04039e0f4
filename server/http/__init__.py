"""The HTTP side: REST API, health and metrics, the static client, the WebSocket upgrade."""
