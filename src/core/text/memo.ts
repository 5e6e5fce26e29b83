// A judgement made once per distinct text: plans repeat the same unit names, unit lists and dates in
// row after row. The cache is dropped whole when it grows past `most`, so a huge plan cannot fill memory.

export function memoised<T>(judge: (text: string) => T, most = 50_000): (text: string) => T {
  const judged = new Map<string, T>();
  return (text) => {
    let value = judged.get(text);
    if (value === undefined) {
      if (judged.size >= most) judged.clear();
      value = judge(text);
      judged.set(text, value);
    }
    return value;
  };
}
