/**
 * The digest as a ready-to-send message: multipart/alternative (text, then HTML),
 * UTF-8, CRLF line ends, and `X-Unsent: 1` so Outlook opens it as a draft to address.
 * Nodemailer's MailComposer does the MIME work; everything that would make the file
 * differ between runs (date, Message-ID, boundary) is derived from the digest.
 */
import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { DigestModel } from './model.ts';
import { toIsoDay } from '../dates.ts';

const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

/** `<digest-2.2026-09-01.2026-10-31@intranet.example.com>`: stable for the same issue, different for every other. */
export function messageId(model: DigestModel): string {
  const host = new URL(model.links.home).hostname;
  return `<digest-${model.number}.${toIsoDay(model.from)}.${toIsoDay(model.to)}@${host}>`;
}

export async function composeEml(model: DigestModel, text: string, html: string): Promise<Buffer> {
  const id = messageId(model);
  const composer = new MailComposer({
    subject: model.title,
    text: crlf(text),
    html: crlf(html),
    // The draft is dated by the issue, not by the clock; Outlook sets the real date when it is sent.
    date: model.published,
    messageId: id,
    baseBoundary: createHash('sha256').update(id).digest('hex').slice(0, 16),
    headers: { 'X-Unsent': '1', 'Content-Language': model.locale },
  });
  return new Promise((resolve, reject) => composer.compile().build((error, message) => (error ? reject(error) : resolve(message))));
}
