/**
 * `compute` of a string, remembered: for answers asked again and again of a few strings (a
 * word's folded key, whether some letters are a proclitic) where computing one runs the
 * normalizer. Emptied when it holds `most` answers, so a long run of new strings keeps it small.
 */
export function remembered<T>(most: number, compute: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      if (answers.size >= most) answers.clear();
      answer = compute(key);
      answers.set(key, answer);
    }
    return answer;
  };
}
