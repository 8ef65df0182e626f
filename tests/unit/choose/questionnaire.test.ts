import { describe, expect, test } from "vitest";
import { answersToShow, describeIssues, fromSearchParams, Questionnaire, queryToObject, toQuery } from "@/lib/choose/questionnaire";

const parse = (query: string) => Questionnaire.safeParse(queryToObject(new URLSearchParams(query)));

describe("the questionnaire from a query string", () => {
  test("fills the defaults and orders languages canonically", () => {
    const result = parse("build=json-api&lang=javascript&lang=python");
    expect(result.success && result.data).toEqual({ lang: ["python", "javascript"], build: "json-api", admin: "no", work: "typical", style: "either", team: "small", experience: "mixed", hosting: "any" });
  });

  test("one language is a string, none is an empty list", () => {
    expect(parse("build=realtime&lang=ruby").data?.lang).toEqual(["ruby"]);
    expect(parse("build=realtime").data?.lang).toEqual([]);
  });

  test.each([
    { label: "build missing", query: "lang=python", path: "build" },
    { label: "an unknown answer", query: "build=desktop-app", path: "build" },
    { label: "an unknown language", query: "build=json-api&lang=cobol", path: "lang.0" },
    { label: "a single-answer question answered twice", query: "build=json-api&admin=yes&admin=no", path: "admin" },
    { label: "an unknown question", query: "build=json-api&budget=high", path: "" },
  ])("rejects $label", ({ query, path }) => {
    const result = parse(query);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toContain(path);
  });

  test("queryToObject with `known` drops keys that are no question (utm tags on a shared link)", () => {
    expect(queryToObject(new URLSearchParams("build=html-app&utm_source=x"), { known: true })).toEqual({ build: "html-app" });
  });

  test("toQuery round-trips and fromSearchParams keeps repeated keys", () => {
    const q = Questionnaire.parse({ lang: ["ruby", "javascript"], build: "crud-admin", admin: "yes" });
    expect(Questionnaire.parse(queryToObject(new URLSearchParams(toQuery(q))))).toEqual(q);
    expect(fromSearchParams({ lang: ["python", "ruby"], build: "realtime", empty: undefined }).toString()).toBe("lang=python&lang=ruby&build=realtime");
  });

  test("describeIssues names the question and asks for a missing answer", () => {
    const input = queryToObject(new URLSearchParams("work=lots"));
    const result = Questionnaire.safeParse(input);
    const messages = describeIssues(result.error!, input);
    expect(messages).toContain("What are you building? Please choose an answer.");
    expect(messages.some((m) => m.startsWith("What kind of work do requests do? The answer must be one of"))).toBe(true);
  });

  test("answersToShow keeps valid answers and falls back to defaults", () => {
    const shown = answersToShow({ lang: ["python", "cobol"], build: "nope", admin: "yes" });
    expect(shown.lang).toEqual(["python"]);
    expect(shown.build).toEqual([]);
    expect(shown.admin).toEqual(["yes"]);
    expect(shown.hosting).toEqual(["any"]);
  });
});
