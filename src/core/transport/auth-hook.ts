// How a vendor's credentials get onto a request. The transport calls the hook on every
// attempt, so a token refreshed between attempts is picked up by the next one.

export interface AuthHook {
  /**
   * The request to send, with credentials added. Each attempt's request belongs to the transport
   * (a clone per attempt when there is a body), so headers may be set on it in place; return a
   * new Request only when the URL has to change.
   */
  authorize(request: Request, signal: AbortSignal): Request | Promise<Request>;
  /**
   * Called when the server answered 401. Resolve true when the credentials were renewed and the
   * request should be sent once more; the transport never resends twice for one call.
   */
  onUnauthorized?(request: Request, signal: AbortSignal): Promise<boolean>;
}
