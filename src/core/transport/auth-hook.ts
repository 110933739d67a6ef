// How a vendor's credentials get onto a request. The transport calls the hook on every
// attempt, so a token refreshed between attempts is picked up by the next one.

export interface AuthHook {
  /** The request to send with credentials added (a new Request when the URL has to change). */
  authorize(request: Request, signal: AbortSignal): Request | Promise<Request>;
  /**
   * Called when the server answered 401. Resolve true when the credentials were renewed and the
   * request should be sent once more; the transport never resends twice for one call.
   */
  onUnauthorized?(request: Request, signal: AbortSignal): Promise<boolean>;
}
