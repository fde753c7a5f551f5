/**
 * Texts given numbers: each distinct text gets one, its place in `texts`, the first time it is
 * seen. Columns of numbers into one dictionary hold repeated texts (areas, periods, flows) once
 * (the quality gate's held rows, row-block.ts; a dataset page's series points, site/series.ts).
 */
export class TextDictionary {
  readonly texts: string[] = [];
  private readonly codes = new Map<string, number>();
  code(text: string): number {
    let code = this.codes.get(text);
    if (code === undefined) {
      code = this.texts.length;
      this.codes.set(text, code);
      this.texts.push(text);
    }
    return code;
  }
}
