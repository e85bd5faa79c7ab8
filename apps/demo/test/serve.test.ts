import { request } from "node:http";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveFolder } from "../src/serve.mjs";

/** A raw GET whose path is sent exactly as written (fetch would normalize "/../"). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname === "localhost" ? "127.0.0.1" : hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("serveFolder", () => {
  let root: string;
  let outside: string;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), "qalam-serve-"));
    root = join(base, "out");
    outside = base;
    await mkdir(root);
    await writeFile(join(root, "index.html"), "<!doctype html><p>index</p>");
    await writeFile(join(root, "a.html"), "<p>a</p>");
    await writeFile(join(outside, "secret.txt"), "secret");
    server = await serveFolder(root, { port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await rm(outside, { recursive: true, force: true });
  });

  it("serves the folder's files with their types, index.html for /", async () => {
    expect(server.url).toMatch(/^http:\/\/localhost:\d+\/$/);
    const index = await rawGet(server.url, "/");
    expect(index).toEqual({ status: 200, body: "<!doctype html><p>index</p>" });
    expect((await rawGet(server.url, "/a.html")).body).toBe("<p>a</p>");
    expect((await rawGet(server.url, "/missing.html")).status).toBe(404);
  });

  it("never serves a file outside the folder", async () => {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%5csecret.txt", "/a.html%00.txt", "/%E0%A4%A"]) {
      const res = await rawGet(server.url, path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.body, path).not.toContain("secret");
    }
  });
});
