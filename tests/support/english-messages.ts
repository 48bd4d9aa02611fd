/**
 * Unit tests that call schemas and checks in-process pin the English wording of
 * the messages; German, the default, is pinned by tests/unit/contribute/messages.test.ts.
 * Commands run through their `main` choose the language from the environment they get.
 */
import { setMessageLocale } from '../../src/i18n/messages.ts';

setMessageLocale('en');
