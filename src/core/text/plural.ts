/** "1 fout", "3 fouten": a count with the noun in the form that goes with it (Dutch and English alike). */
export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
