/** "Lena Hoffmann" → "LH"; used for avatars when a mentor has no photo. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]!, parts.at(-1)!] : parts;
  return letters.map((p) => p[0]!.toUpperCase()).join('');
}
