import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { hasPublishedDate, rfc3339, wallClockToInstant } from "../../src/render/instant.ts";

describe("wall-clock dates in the site time zone", () => {
  test("should convert to instants with the zone's offset on that date", () => {
    const cases: Array<[string, string, string, string]> = [
      ["2025-02-25T12:11:38", "Europe/London", "2025-02-25T12:11:38.000Z", "2025-02-25T12:11:38Z"],
      ["2025-07-01T12:00", "Europe/London", "2025-07-01T11:00:00.000Z", "2025-07-01T12:00:00+01:00"],
      ["2025-02-25", "Asia/Kolkata", "2025-02-24T18:30:00.000Z", "2025-02-25T00:00:00+05:30"],
      ["2025-06-01T00:00", "America/St_Johns", "2025-06-01T02:30:00.000Z", "2025-06-01T00:00:00-02:30"],
      ["2025-11-02T01:30", "America/New_York", "2025-11-02T05:30:00.000Z", "2025-11-02T01:30:00-04:00"],
    ];
    for (const [wall, tz, instant, text] of cases) {
      assert.equal(wallClockToInstant(wall, tz).toISOString(), instant, `${wall} ${tz}`);
      assert.equal(rfc3339(wall, tz), text, `${wall} ${tz}`);
    }
  });

  test("should move a time in a spring-forward gap forward, never back a day", () => {
    assert.equal(rfc3339("2025-03-30T01:30", "Europe/London"), "2025-03-30T02:30:00+01:00");
  });

  test("should publish only real dates of at least a day", () => {
    assert.equal(hasPublishedDate({ date: "2025-02-25", dateSource: "header" }), true);
    assert.equal(hasPublishedDate({ date: "2025-02-25", dateSource: "inferred" }), false);
    assert.equal(hasPublishedDate({ date: "2025-02", dateSource: "front-matter" }), false);
    assert.equal(hasPublishedDate({ date: null, dateSource: null }), false);
  });
});
