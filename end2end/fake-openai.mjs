// A fake OpenAI-compatible provider for the browser tests: every chat completion answers the fit
// layer's JSON with token usage, so runs record real costs for the admin page.
import http from "node:http";

const port = Number(process.env.FAKE_OPENAI_PORT ?? 3199);
http
  .createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      if (req.method !== "POST") {
        res.end(JSON.stringify({ data: [] }));
        return;
      }
      res.end(
        JSON.stringify({
          choices: [{ index: 0, message: { role: "assistant", content: '{"rationale": "A fair match."}' } }],
          usage: { prompt_tokens: 1200, completion_tokens: 80 },
        }),
      );
    });
  })
  .listen(port, "127.0.0.1");
