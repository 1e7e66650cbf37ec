// The engine's one logistic model: P(yes) from a bias and one weight per named feature. Both
// link decisions use it (the sentence-pair model of align/score-pair.ts and the article-context
// model of align/link-features.ts); their weights are data, fitted by ./fit-logistic.ts.

export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * The features are summed in the order of `names`, so a model scores exactly as it did when
 * it was fitted; a feature the model has no weight for counts zero.
 */
export function scoreLogistic<Name extends string>(model: LogisticModel, features: Record<Name, number>, names: readonly Name[]): number {
  let z = model.bias;
  for (const name of names) z += (model.weights[name] ?? 0) * features[name];
  return sigmoid(z);
}
