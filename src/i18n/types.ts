/** A message is a string with `{placeholders}`, or plural forms chosen by `count`. */
export type Message = string | { one: string; other: string };
export type Messages = Record<string, Message>;
export type Locale = 'de' | 'en';
