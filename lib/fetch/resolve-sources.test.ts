import { describe, expect, it } from "vitest";
import { InputError } from "../errors";
import { FetchError } from "./fetch-error";
import { resolveSources, type PageFetcher } from "./resolve-sources";

const fetchNothing: PageFetcher = async () => {
  throw new Error("should not fetch");
};

describe("resolveSources", () => {
  it("uses given text and HTML as they are, with their metadata", async () => {
    const inputs = await resolveSources(
      [
        { text: "Some words.", title: " A title ", url: "https://news.example/a" },
        { html: "<p>Other words.</p>", outlet: "Outlet", publishedAt: "2031-01-02" },
      ],
      fetchNothing,
    );
    expect(inputs).toEqual([
      { text: "Some words.", title: "A title", outlet: null, publishedAt: null, url: "https://news.example/a" },
      { html: "<p>Other words.</p>", format: "html", title: null, outlet: "Outlet", publishedAt: "2031-01-02", url: null },
    ]);
  });

  it("fetches sources given only as a URL and keeps the URL as given", async () => {
    const fetched: string[] = [];
    const fetcher: PageFetcher = async (url, index) => {
      fetched.push(`${index}:${url}`);
      return { url: `${url}?final`, format: "html", body: "<p>Fetched.</p>", contentType: "text/html" };
    };
    const inputs = await resolveSources([{ text: "Typed." }, { url: "https://news.example/b", title: "B" }], fetcher);
    expect(fetched).toEqual(["1:https://news.example/b"]);
    expect(inputs[1]).toEqual({ html: "<p>Fetched.</p>", format: "html", title: "B", outlet: null, publishedAt: null, url: "https://news.example/b" });
  });

  it("names the first source that failed", async () => {
    const fetcher: PageFetcher = async (url, index) => {
      throw new FetchError("url-timeout", `Source ${index + 1}: ${url} timed out`, index);
    };
    const error = await resolveSources([{ url: "https://a.example/" }, { url: "https://b.example/" }], fetcher).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "url-timeout", sourceIndex: 0 });
  });

  it("refuses empty sources, bad counts and non-web URLs before fetching", async () => {
    await expect(resolveSources([{ text: "One." }], fetchNothing)).rejects.toMatchObject({ code: "too-few-sources" });
    await expect(resolveSources(Array.from({ length: 13 }, () => ({ text: "x" })), fetchNothing)).rejects.toMatchObject({ code: "too-many-sources" });
    const empty = await resolveSources([{ text: "One." }, { text: "  ", title: "Only a title" }], fetchNothing).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(InputError);
    expect(empty).toMatchObject({ code: "empty", sourceIndex: 1 });
    await expect(resolveSources([{ text: "One." }, { text: "Two.", url: "javascript:alert(1)" }], fetchNothing)).rejects.toMatchObject({
      code: "url-invalid",
      sourceIndex: 1,
    });
  });
});
