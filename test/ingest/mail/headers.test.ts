// Header blocks: recognised by form, never from a story's own labelled lines; values decoded.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findHeaderBlock, headerDate, senderBylines } from "../../../src/ingest/mail/headers.ts";
import { messageFurniture } from "../../../src/ingest/mail/furniture.ts";
import { decodeMimeText } from "../../../src/ingest/mail/mime.ts";
import { textUnits } from "../../../src/ingest/units.ts";

test("a header block is message fields up to a blank line, folded lines joined and encoded words decoded", () => {
  const lines = ["", "From news@example.org Mon Jan  6 09:00:00 2025", "Subject: =?utf-8?q?Z=C3=BCrich?= votes", "  on the tram budget", "From: Anna <a@example.org>", "", "Body."];
  const block = findHeaderBlock(lines, 0)!;
  assert.equal(block.start, 1);
  assert.equal(block.end, 4);
  assert.deepEqual(block.fields.map((f) => [f.key, f.value]), [["subject", "Zürich votes on the tram budget"], ["from", "Anna <a@example.org>"]]);
});

test("labelled lines of a story are not a header block", () => {
  assert.equal(findHeaderBlock(["Source: Reuters", "Date: 3 March 2025", "", "Story."], 0), null, "one message field");
  assert.equal(findHeaderBlock(["Topic: Politics", "Tags: vote", "Section: News", "Date: 3 March 2025", "", "x"], 0), null, "mostly labels");
  assert.equal(findHeaderBlock(["Subject: A", "From: b@example.org", "a line that is no field", "", "x"], 0), null, "a block must be fields to its end");
});

test("a sender is its display name, its (comment) name, else its mailbox; role mailboxes are nobody", () => {
  assert.deepEqual(senderBylines("hawk@example.edu (Dana Hawk)").map((b) => b.name), ["Dana Hawk"]);
  assert.deepEqual(senderBylines('"Lee, Min" <min.lee@example.org>').map((b) => b.name), ["Lee, Min"]);
  assert.deepEqual(senderBylines("jdoe42@example.org").map((b) => b.name), ["jdoe42"]);
  assert.deepEqual(senderBylines("noreply@example.org"), []);
});

test("header dates: zone comments dropped, two-digit years of old archives expanded", () => {
  assert.equal(headerDate("18 Apr 93 12:00:00 GMT", "UTC")?.date, "1993-04-18T12:00:00");
  assert.equal(headerDate("Fri, 02 Oct 2020 09:00:00 -0400 (EDT)", "UTC")?.offset, "-04:00");
  assert.equal(headerDate("yesterday", "UTC"), null);
});

test("message furniture: quotes, attributions in several languages, signature, list footer", () => {
  const lines = ["Story line one.", "", "Le 3 mars 2025, Marie a écrit :", "> question", "", "Story line two.", "", "-- ", "Jo", "Desk"];
  const f = messageFurniture(lines, 0);
  assert.deepEqual([...f.keys()].sort((a, b) => a - b), [2, 3, 7, 8, 9]);
  const footer = messageFurniture(["Text.", "", "_______________________________________________", "News mailing list", "news@lists.example.org"], 0);
  assert.deepEqual([...footer.keys()], [2, 3, 4]);
});

test("MIME: base64 text parts are decoded in their charset; plain messages are left as they are", () => {
  const body = Buffer.from("Caf\xe9 owners welcome the new rules.", "latin1").toString("base64");
  const text = ["From: A <a@example.org>", "Subject: Rules", "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="x"', "", "--x", "Content-Type: text/plain; charset=iso-8859-1", "Content-Transfer-Encoding: base64", "", body, "--x--", ""].join("\n");
  const decoded = decodeMimeText(text)!;
  assert.match(decoded, /^From: A <a@example.org>\nSubject: Rules\n\nCafé owners welcome the new rules\.\n$/);
  assert.equal(decodeMimeText("From: a@example.org\nSubject: x\n\nPlain."), null);
});

test("hard-wrapped copy is joined back; one paragraph per line is not, even when its lines are short", () => {
  const wrapped = ["The harbour board met on Monday and agreed to dredge the", "channel before the autumn storms, a job that was postponed", "twice last year because the contractor could not find a", "suitable barge for the work.", "", "Next line."];
  assert.equal(textUnits(wrapped, 0).length, 2);
  const perLine = ["Harbour board agrees to dredge the channel this autumn", "The board met on Monday and agreed to dredge the channel.", "The work was postponed twice last year for want of a barge.", "A contractor has now been found, officials said."];
  assert.equal(textUnits(perLine, 0).length, 4);
});
