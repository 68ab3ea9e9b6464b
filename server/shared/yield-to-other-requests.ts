/**
 * Lets the server's event loop serve other requests before this one goes on: long loops over
 * thousands of rows (a CSV import) call it between slices, so no single synchronous stretch
 * holds every other request of the process.
 */
export const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve));
