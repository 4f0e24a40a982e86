/** Real HTTP against a service listening on an ephemeral localhost port. */
export interface HttpResult {
  status: number;
  headers: Headers;
  body: Uint8Array;
  text: string;
  json: () => unknown;
}

export async function httpGet(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<HttpResult> {
  return httpRequest(base, path, { headers });
}

export async function httpRequest(base: string, path: string, init: RequestInit = {}): Promise<HttpResult> {
  const res = await fetch(`${base}${path}`, init);
  const body = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder().decode(body);
  return { status: res.status, headers: res.headers, body, text, json: () => JSON.parse(text) };
}
