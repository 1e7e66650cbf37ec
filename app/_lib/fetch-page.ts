// The network half of URL fetching: DNS through the system resolver, HTTP(S) with Node's own
// client, pinned to the address lib/fetch checked (a custom `lookup` hands the socket that
// address and no other, while TLS still verifies the certificate against the host name).
// Compressed bodies are inflated here, so the byte cap counts what the page really holds.
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { fetchPage, type FetchDeps, type FetchedPage, type HttpResponse } from "@/lib/fetch/fetch-page";

/** PARALLAX_ALLOW_PRIVATE_FETCH=1 lets fetches reach loopback and private addresses: tests only. */
export function allowPrivateFetch(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.PARALLAX_ALLOW_PRIVATE_FETCH === "1";
}

async function resolveHost(hostname: string): Promise<string[]> {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((entry) => entry.address);
}

function request(url: URL, address: string, headers: Readonly<Record<string, string>>, signal: AbortSignal): Promise<HttpResponse> {
  const family = isIP(address);
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(
      url,
      {
        method: "GET",
        headers: { ...headers, "accept-encoding": "gzip, deflate, br" },
        signal,
        agent: false,
        lookup: (_host, options, callback) => {
          // Node asks for one address or, with autoSelectFamily, for a list: give it ours only.
          if ((options as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
          else (callback as (e: null, a: string, f: number) => void)(null, address, family);
        },
      },
      (res) => {
        const body = inflate(res, res.headers["content-encoding"]);
        resolve({
          status: res.statusCode ?? 0,
          header: (name) => {
            const value = res.headers[name.toLowerCase()];
            return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
          },
          body,
          discard: () => {
            body.destroy();
            res.destroy();
          },
        });
      },
    );
    req.on("error", reject);
    req.end();
  });
}

function inflate(res: http.IncomingMessage, encoding: string | undefined): Readable {
  const decoders: Record<string, () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress> = {
    gzip: () => zlib.createGunzip(),
    "x-gzip": () => zlib.createGunzip(),
    deflate: () => zlib.createInflate(),
    br: () => zlib.createBrotliDecompress(),
  };
  const make = encoding ? decoders[encoding.trim().toLowerCase()] : undefined;
  if (!make) return res;
  const decoder = make();
  res.on("error", (error) => decoder.destroy(error));
  return res.pipe(decoder);
}

export function createFetchDeps(env: Readonly<Record<string, string | undefined>> = process.env): FetchDeps {
  return { resolveHost, request, deadline: (ms) => AbortSignal.timeout(ms), allowPrivate: allowPrivateFetch(env) };
}

/** Fetches one source URL with the machine's network and the configured allow setting. */
export function fetchSourcePage(url: string, sourceIndex: number): Promise<FetchedPage> {
  return fetchPage(url, sourceIndex, createFetchDeps());
}
