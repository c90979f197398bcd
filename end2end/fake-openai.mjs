// A fake OpenAI-compatible provider for the browser tests, with token usage so runs record real
// costs for the admin page. It answers the layers routed to it: the fit rationale, the cover letter
// (a short grounded one) and the CV review (one grounded rewrite of the CV's first bullet).
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
      let prompt = "";
      try {
        const messages = JSON.parse(body).messages ?? [];
        prompt = messages[messages.length - 1]?.content ?? "";
      } catch {}
      let content = { rationale: "A fair match." };
      if (prompt.includes("Review this tailored CV")) {
        const cv = prompt.split("\nCV:\n")[1] ?? "";
        const bullet = cv.split("\n").find((l) => l.startsWith("- ") && l.length > 40);
        content = bullet
          ? { suggestions: [{ original: bullet.slice(2), rewrite: `${bullet.slice(2)} (end to end)`, why: "names the scope" }] }
          : { suggestions: [] };
      } else if (prompt.includes("Write a cover letter")) {
        const name = (prompt.match(/cover letter \(150–350 words\) from (.+?) for the role/) ?? [])[1] ?? "";
        content = { cover_letter: `Dear hiring team,\n\nI would welcome a conversation about the role.\n\nKind regards,\n${name}` };
      }
      res.end(
        JSON.stringify({
          choices: [{ index: 0, message: { role: "assistant", content: JSON.stringify(content) } }],
          usage: { prompt_tokens: 1200, completion_tokens: 80 },
        }),
      );
    });
  })
  .listen(port, "127.0.0.1");
