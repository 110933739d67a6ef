/** Long enough for a request the client made to reach a test server on 127.0.0.1. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));
