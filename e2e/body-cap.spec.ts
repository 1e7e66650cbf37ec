import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";

// The API's body cap (lib/limits.ts, 17 MB) against the production server over a raw socket:
// a large valid body and an endless chunked one are both refused with 413 while they are still
// arriving, never cut short and parsed (docs/decisions/0065).

const CAP_BYTES = 17_000_000;

interface Answer {
  status: number;
  body: string;
  /** Bytes the client had written when the answer's status line arrived. */
  sentBeforeAnswer: number;
}

/**
 * POSTs `total` bytes of JSON (two sources, the first one's text padded out) and stops writing as
 * soon as an answer comes.
 */
function postStream(url: string, total: number, options: { chunked: boolean }): Promise<Answer> {
  const prefix = Buffer.from('{"sources":[{"outlet":"Ostberg Post","text":"');
  const suffix = Buffer.from('"},{"outlet":"Lakeside Herald","text":"Rain closed the road."}]}');
  const filler = Buffer.alloc(64 * 1024, "a");
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (options.chunked) headers["transfer-encoding"] = "chunked";
    else headers["content-length"] = String(total);
    const req = httpRequest(url, { method: "POST", headers });
    const write = (chunk: Buffer): boolean => {
      sent += chunk.length;
      return req.write(chunk);
    };
    const pump = (): void => {
      while (!answered && sent < total - suffix.length) {
        if (!write(filler.subarray(0, Math.min(filler.length, total - suffix.length - sent)))) return void req.once("drain", pump);
      }
      if (!answered) req.end(suffix);
    };
    req.on("response", (response) => {
      answered = true;
      const sentBeforeAnswer = sent;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (text: string) => (body += text));
      response.on("end", () => {
        req.destroy();
        resolve({ status: response.statusCode ?? 0, body, sentBeforeAnswer });
      });
    });
    // The server may close the connection on an upload it refused; only an unanswered one fails.
    req.on("error", (error) => void (answered || reject(error)));
    write(prefix);
    pump();
  });
}

test.describe("API body cap", { tag: "@desktop" }, () => {
  test("a valid 16.7 MB body is read whole and refused as too large, not cut and parsed", async ({ baseURL }) => {
    // Under the body cap, so the engine's own size check answers, naming the source's size.
    const answer = await postStream(`${baseURL}/api/comparisons`, 16_700_000, { chunked: false });
    expect(answer.status, answer.body).toBe(413);
    expect(JSON.parse(answer.body).error).toMatchObject({ code: "too-large", message: expect.stringMatching(/16\.7 MB|16,69\d,\d{3}/) });
  });

  test("a chunked upload past the cap is refused while it is still arriving", async ({ baseURL }) => {
    test.setTimeout(60_000);
    const started = Date.now();
    const answer = await postStream(`${baseURL}/api/comparisons`, 300_000_000, { chunked: true });
    expect(answer.status, answer.body).toBe(413);
    expect(JSON.parse(answer.body).error.code).toBe("too-large");
    // Refused once the cap is passed: nowhere near the 300 MB the client was ready to send.
    expect(answer.sentBeforeAnswer).toBeLessThan(CAP_BYTES * 2);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  test("a declared length past the cap is refused before any of the body is read", async ({ baseURL }) => {
    const answer = await postStream(`${baseURL}/api/comparisons`, 500_000_000, { chunked: false });
    expect(answer.status, answer.body).toBe(413);
    expect(answer.sentBeforeAnswer).toBeLessThan(CAP_BYTES);
  });
});
