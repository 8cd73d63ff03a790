// The prose score: a logistic model over a line's features (weights in model.json, so a model fitted
// to a corpus replaces them without a code change). High: reads like a story's paragraph; low: reads
// like page furniture.
import model from "./model.json" with { type: "json" };
import type { LineFeatures } from "./line.ts";

/** The weights a model file holds; every feature of `LineFeatures` that the score uses has one. */
export interface ProseModel {
  bias: number;
  stop: number;
  logWords: number;
  endsSentence: number;
  sentences: number;
  caps: number;
  link: number;
  separators: number;
  promo: number;
  credit: number;
  counter: number;
  bullet: number;
  template: number;
  repeats: number;
  /** At or above: body whatever the neighbours say. */
  good: number;
  /** At or below: boilerplate whatever the neighbours say. */
  bad: number;
}

/** The shipped weights (`features/model.json`). */
export const PROSE_MODEL: ProseModel = model;

/** The score z of a line (its log-odds of being body). */
export function proseScore(f: LineFeatures, m: ProseModel = PROSE_MODEL): number {
  const z =
    m.bias +
    m.stop * f.stop +
    m.logWords * Math.log2(1 + Math.min(f.words, 200)) +
    (f.endsSentence ? m.endsSentence : 0) +
    m.sentences * Math.min(f.sentences, 3) +
    m.caps * f.caps +
    (f.link ? m.link : 0) +
    m.separators * Math.min(f.separators, 3) +
    (f.promo ? m.promo : 0) +
    (f.credit ? m.credit : 0) +
    (f.counter ? m.counter : 0) +
    (f.bullet ? m.bullet : 0) +
    m.template * f.template +
    m.repeats * Math.min(f.repeats, 3);
  return Math.round(z * 100) / 100;
}

/** good / bad on its own, or unsure (the neighbours decide). */
export function verdict(z: number, m: ProseModel = PROSE_MODEL): "good" | "bad" | "unsure" {
  return z >= m.good ? "good" : z <= m.bad ? "bad" : "unsure";
}
