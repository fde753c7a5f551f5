/**
 * Gates: cheap tests a sentence must pass before a family of rules is tried on it. Most sentences
 * pass none of a family's gates, and one scan for "any of them" answers that at once instead of
 * one scan per gate.
 */

/**
 * One expression that matches a text exactly when one of `patterns` does (for `test`): each keeps
 * its own case, multiline and dot-all flags through a modifier group. Patterns must not use
 * backreferences (their group numbers shift in the union).
 */
export function anyOf(patterns: RegExp[]): RegExp {
  const part = (p: RegExp) => {
    const modifiers = [...p.flags].filter((f) => f === 'i' || f === 'm' || f === 's').join('');
    return modifiers ? `(?${modifiers}:${p.source})` : `(?:${p.source})`;
  };
  return new RegExp(patterns.map(part).join('|'), patterns.some((p) => p.unicode) ? 'u' : '');
}
