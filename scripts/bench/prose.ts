/**
 * The sentence bank the synthetic library is composed from: the program's topics and
 * plain sentences about them in German and English. Observations only — no figures,
 * no invented studies — so a generated entry reads like one a mentor could write.
 * Placeholders: {topic} (the topic's name), {Topic} (capitalised), {context} (where at
 * work), {goal} (a company goal's label).
 */
import type { Kind } from '../../src/schemas/entry.ts';

export type Lang = 'de' | 'en';
export type Topic = {
  de: string;
  en: string;
  kind: Kind;
  tags: string[];
  platforms?: ('ios' | 'android' | 'web' | 'desktop')[];
  /** Help pages and homepages for the links list. */
  links: { title: string; url: string }[];
};

export const TOPICS: Topic[] = [
  { de: 'Sprachnachrichten', en: 'voice messages', kind: 'trend', tags: ['voice-messages', 'messenger'], links: [{ title: 'WhatsApp Hilfe', url: 'https://faq.whatsapp.com/' }] },
  { de: 'WhatsApp-Kanäle', en: 'WhatsApp channels', kind: 'app', tags: ['messenger', 'community'], platforms: ['ios', 'android', 'web'], links: [{ title: 'WhatsApp Channels', url: 'https://www.whatsapp.com/channels' }] },
  { de: 'Instagram Stories', en: 'Instagram Stories', kind: 'app', tags: ['online-self', 'short-video'], platforms: ['ios', 'android'], links: [{ title: 'Instagram Hilfebereich', url: 'https://help.instagram.com/' }] },
  { de: 'TikTok', en: 'TikTok', kind: 'app', tags: ['short-video', 'creator-culture'], platforms: ['ios', 'android', 'web'], links: [{ title: 'TikTok Support', url: 'https://support.tiktok.com/' }] },
  { de: 'YouTube Shorts', en: 'YouTube Shorts', kind: 'app', tags: ['short-video', 'learning'], platforms: ['ios', 'android', 'web'], links: [{ title: 'YouTube Hilfe', url: 'https://support.google.com/youtube/' }] },
  { de: 'Discord', en: 'Discord', kind: 'app', tags: ['community', 'gaming'], platforms: ['ios', 'android', 'web', 'desktop'], links: [{ title: 'Discord Support', url: 'https://support.discord.com/' }] },
  { de: 'Twitch', en: 'Twitch', kind: 'app', tags: ['live-streaming', 'gaming'], platforms: ['ios', 'android', 'web'], links: [{ title: 'Twitch Help', url: 'https://help.twitch.tv/' }] },
  { de: 'Signal', en: 'Signal', kind: 'app', tags: ['messenger', 'privacy'], platforms: ['ios', 'android', 'desktop'], links: [{ title: 'Signal Support', url: 'https://support.signal.org/' }] },
  { de: 'BeReal', en: 'BeReal', kind: 'app', tags: ['authenticity', 'online-self'], platforms: ['ios', 'android'], links: [{ title: 'BeReal', url: 'https://bereal.com/' }] },
  { de: 'Notion', en: 'Notion', kind: 'app', tags: ['learning', 'flexible-work'], platforms: ['web', 'desktop', 'ios', 'android'], links: [{ title: 'Notion Help Center', url: 'https://www.notion.com/help' }] },
  { de: 'KI-Chatbots', en: 'AI chatbots', kind: 'trend', tags: ['ai', 'learning'], links: [{ title: 'Leitfaden KI am Arbeitsplatz', url: 'https://www.bsi.bund.de/' }] },
  { de: 'Live-Shopping', en: 'live shopping', kind: 'trend', tags: ['social-commerce', 'live-streaming'], links: [{ title: 'Verbraucherzentrale', url: 'https://www.verbraucherzentrale.de/' }] },
  { de: 'Memes', en: 'memes', kind: 'trend', tags: ['community', 'online-self'], links: [{ title: 'Know Your Meme', url: 'https://knowyourmeme.com/' }] },
  { de: 'Photo Dumps', en: 'photo dumps', kind: 'trend', tags: ['online-self', 'authenticity'], links: [{ title: 'Instagram Hilfebereich', url: 'https://help.instagram.com/' }] },
  { de: 'Creator Economy', en: 'the creator economy', kind: 'trend', tags: ['creator-culture', 'social-commerce'], links: [{ title: 'YouTube Creators', url: 'https://www.youtube.com/creators/' }] },
  { de: 'De-Influencing', en: 'de-influencing', kind: 'trend', tags: ['authenticity', 'social-commerce'], links: [{ title: 'Verbraucherzentrale', url: 'https://www.verbraucherzentrale.de/' }] },
  { de: 'Finfluencer', en: 'finfluencers', kind: 'trend', tags: ['creator-culture', 'learning'], links: [{ title: 'BaFin Verbraucher', url: 'https://www.bafin.de/DE/Verbraucher/verbraucher_node.html' }] },
  { de: 'Kurzvideo-Lernen', en: 'learning by short video', kind: 'trend', tags: ['learning', 'short-video'], links: [{ title: 'YouTube Hilfe', url: 'https://support.google.com/youtube/' }] },
  { de: 'Close Friends', en: 'close friends lists', kind: 'trend', tags: ['privacy', 'online-self'], links: [{ title: 'Instagram Hilfebereich', url: 'https://help.instagram.com/' }] },
  { de: 'Du-Kultur', en: 'first-name culture', kind: 'value', tags: ['feedback', 'purpose'], links: [{ title: 'Duden: duzen', url: 'https://www.duden.de/' }] },
  { de: 'Feedback im Alltag', en: 'everyday feedback', kind: 'value', tags: ['feedback', 'learning'], links: [{ title: 'INQA', url: 'https://www.inqa.de/' }] },
  { de: 'Flexibles Arbeiten', en: 'flexible work', kind: 'value', tags: ['flexible-work', 'purpose'], links: [{ title: 'INQA', url: 'https://www.inqa.de/' }] },
  { de: 'Gehaltstransparenz', en: 'pay transparency', kind: 'value', tags: ['purpose', 'employer-branding'], links: [{ title: 'Entgelttransparenzgesetz', url: 'https://www.gesetze-im-internet.de/entgtranspg/' }] },
  { de: 'Mentale Gesundheit', en: 'mental health', kind: 'value', tags: ['mental-health', 'feedback'], links: [{ title: 'INQA', url: 'https://www.inqa.de/' }] },
  { de: 'Psychologische Sicherheit', en: 'psychological safety', kind: 'value', tags: ['feedback', 'mental-health'], links: [{ title: 'INQA', url: 'https://www.inqa.de/' }] },
  { de: 'Sinn und Purpose', en: 'purpose at work', kind: 'value', tags: ['purpose', 'employer-branding'], links: [{ title: 'INQA', url: 'https://www.inqa.de/' }] },
  { de: 'Erreichbarkeit', en: 'being reachable', kind: 'value', tags: ['mental-health', 'flexible-work'], links: [{ title: 'INQA', url: 'https://www.inqa.de/' }] },
  { de: 'Weiterbildung auf Abruf', en: 'learning on demand', kind: 'value', tags: ['learning', 'purpose'], links: [{ title: 'Mein NOW', url: 'https://mein-now.de/' }] },
  { de: 'Authentizität', en: 'authenticity', kind: 'value', tags: ['authenticity', 'employer-branding'], links: [{ title: 'Instagram Hilfebereich', url: 'https://help.instagram.com/' }] },
  { de: 'Gaming als Treffpunkt', en: 'gaming as a meeting place', kind: 'trend', tags: ['gaming', 'community'], links: [{ title: 'USK', url: 'https://usk.de/' }] },
];

/** Where at work a topic lands; used in titles and sentences. */
export const CONTEXTS: Record<Lang, string[]> = {
  de: ['im Kundenservice', 'in der Ausbildung', 'im Recruiting', 'im Vertrieb', 'in der Führung', 'im Team-Alltag', 'in der internen Kommunikation', 'im Marketing', 'im Einkauf', 'in der Produktion', 'im Projektmanagement', 'im Onboarding', 'in der IT', 'im Controlling', 'im Personalwesen', 'in der Filiale', 'im Außendienst', 'in der Schichtarbeit', 'im Homeoffice', 'auf Messen', 'im Betriebsrat', 'in der Kantine', 'im Werk', 'im Vorstand'],
  en: ['in customer service', 'in apprenticeships', 'in recruiting', 'in sales', 'in leadership', 'in everyday teamwork', 'in internal communication', 'in marketing', 'in purchasing', 'in production', 'in project management', 'in onboarding', 'in IT', 'in controlling', 'in HR', 'in the branch', 'in field sales', 'in shift work', 'when working from home', 'at trade fairs', 'with the works council', 'in the canteen', 'on the shop floor', 'on the board'],
};

/** Title prefixes; with topics and contexts they give thousands of distinct titles. */
export const ANGLES: Record<Lang, string[]> = {
  de: ['Erste Schritte', 'Ein Blick hinein', 'Was Azubis erzählen', 'Kurz erklärt', 'Aus der Praxis', 'Missverständnisse', 'Was wir lernen können', 'Ausprobiert', 'Für Einsteiger', 'Im Gespräch'],
  en: ['First steps', 'A look inside', 'What trainees tell us', 'In short', 'From practice', 'Misunderstandings', 'What we can learn', 'Tried out', 'For beginners', 'In conversation'],
};

export const HEADINGS: Record<Lang, { what: string; why: string; glance: string; tryIt: string; more: string; question: string; answer: string }> = {
  de: { what: 'Was ist das?', why: 'Warum es für uns wichtig ist', glance: 'Auf einen Blick', tryIt: 'Selbst ausprobieren', more: 'Weiterlesen', question: 'Frage', answer: 'Kurz gesagt' },
  en: { what: 'What is it?', why: 'Why it matters for us', glance: 'At a glance', tryIt: 'Try it yourself', more: 'Further reading', question: 'Question', answer: 'In short' },
};

export const SUMMARIES: Record<Lang, string[]> = {
  de: [
    'Ein Blick auf {topic} {context}: was Jüngere daran schätzen und wie Sie es selbst ausprobieren.',
    'Die Rolle von {topic} {context} – erklärt von Mentorinnen und Mentoren, die es täglich nutzen.',
    'Ein ruhiger Einstieg in {topic}: was dahintersteckt und was es {context} für uns bedeutet.',
    'Was sich {context} durch {topic} verändert und welche kleinen Schritte sich für den Anfang lohnen.',
  ],
  en: [
    'A look at {topic} {context}: what younger colleagues like about it and how to try it yourself.',
    'The role of {topic} {context} – explained by mentors who use it every day.',
    'A calm introduction to {topic}: what is behind it and what it means for us {context}.',
    'What changes {context} with {topic}, and which small first steps are worth taking.',
  ],
};

export const WHAT: Record<Lang, string[]> = {
  de: [
    'Bei {topic} geht es weniger um Technik als um Gewohnheiten.',
    'Viele in meinem Jahrgang kennen {topic} aus dem Alltag, lange bevor es im Büro Thema wird.',
    'Wer {topic} zum ersten Mal sieht, hält es oft für eine Spielerei.',
    'Auf den zweiten Blick zeigt sich, dass hinter {topic} eine eigene Art zu kommunizieren steckt.',
    'Für uns Jüngere ist der Umgang mit {topic} so selbstverständlich wie früher das Telefon im Flur.',
    'Der Einstieg in {topic} ist leichter, als viele denken.',
    'Niemand muss {topic} lieben, um zu verstehen, warum andere es nutzen.',
    'Rund um {topic} haben sich eigene Regeln entwickelt, die selten jemand ausspricht.',
    'In Gesprächen mit meinem Mentee ging es immer wieder um {topic}.',
    'Mit {topic} verbinden viele zuerst Freizeit, dabei reicht das Thema längst in den Beruf hinein.',
    'Wichtig ist, dass man {topic} nicht nach den eigenen Erwartungen beurteilt, sondern nach dem, was es für andere leistet.',
    'Die meisten lernen {topic} nicht aus einer Anleitung, sondern indem sie Freundinnen und Freunden zuschauen.',
    'Bei {topic} zählt vor allem, wie schnell und persönlich etwas ankommt.',
    'Was {topic} besonders macht, ist die Nähe: Man hat das Gefühl, mit echten Menschen zu sprechen.',
    'Man kann {topic} gut beobachten, ohne selbst etwas zu veröffentlichen.',
    'Meine Eltern haben lange über {topic} gelacht und nutzen es inzwischen selbst.',
    'Auffällig ist, wie beiläufig Jüngere mit {topic} umgehen: Es läuft nebenher, zwischen zwei Terminen oder auf dem Weg zur Arbeit.',
    'Hinter {topic} steckt oft weniger Inszenierung, als Außenstehende vermuten.',
    'Über {topic} wird viel geschrieben, aber selten mit denen gesprochen, die es täglich nutzen.',
    'Vieles an {topic} erschließt sich erst, wenn man selbst eine Weile dabei ist.',
    'Wer mit {topic} aufgewachsen ist, bemerkt die ungeschriebenen Regeln gar nicht mehr.',
    'Manches an {topic} wirkt von außen chaotisch, folgt aber klaren Erwartungen.',
    'In meinem Freundeskreis ist {topic} kein Trend mehr, sondern Alltag.',
    'Für viele ist {topic} ein Ort, an dem sie sich zeigen, ohne sich zu verstellen.',
  ],
  en: [
    'With {topic}, habits matter more than technology.',
    'Many people my age know {topic} from everyday life long before it comes up at the office.',
    'People who see {topic} for the first time often take it for a toy.',
    'On a second look, there is a way of communicating of its own behind {topic}.',
    'For younger people, using {topic} is as normal as the phone in the hallway once was.',
    'Getting started with {topic} is easier than many expect.',
    'Nobody has to love {topic} to understand why others use it.',
    'Around {topic}, unwritten rules have grown that hardly anyone says out loud.',
    'In the sessions with my mentee, {topic} came up again and again.',
    'Many first connect {topic} with free time, yet the topic has long reached into work.',
    'It helps to judge {topic} not by your own expectations but by what it does for others.',
    'Most people do not learn {topic} from a manual but by watching their friends.',
    'What counts with {topic} is how quickly and how personally something arrives.',
    'What makes {topic} special is closeness: it feels like talking to real people.',
    'You can watch {topic} closely without posting anything yourself.',
    'My parents laughed at {topic} for a long time and now use it themselves.',
    'It is striking how casually younger people deal with {topic}: it runs alongside, between two meetings or on the way to work.',
    'There is often less staging behind {topic} than outsiders assume.',
    'A lot is written about {topic}, but people rarely talk to those who use it every day.',
    'Much about {topic} only makes sense once you have been part of it for a while.',
    'Those who grew up with {topic} no longer notice its unwritten rules.',
    'Some things about {topic} look chaotic from the outside but follow clear expectations.',
    'Among my friends, {topic} is no longer a trend but part of everyday life.',
    'For many, {topic} is a place to show themselves without pretending.',
  ],
};

export const WHY: Record<Lang, string[]> = {
  de: [
    'Gerade {context} merken wir, dass Kolleginnen und Kollegen ganz unterschiedliche Erwartungen mitbringen.',
    'Wer {topic} versteht, versteht auch besser, wie Bewerberinnen und Bewerber uns wahrnehmen.',
    'Für das Ziel „{goal}“ ist das mehr als eine Randnotiz.',
    'Kundinnen und Kunden erwarten heute Antworten in dem Kanal, den sie selbst gewählt haben.',
    'Wenn Führungskräfte {topic} kennen, fällt es ihnen leichter, Fragen aus dem Team richtig einzuordnen.',
    'Es geht nicht darum, jeden Trend mitzumachen, sondern bewusst zu entscheiden.',
    'Oft entstehen Missverständnisse {context} nicht aus bösem Willen, sondern aus verschiedenen Gewohnheiten.',
    'Ein offenes Gespräch über {topic} nimmt vielen die Scheu vor dem Thema.',
    'Junge Kolleginnen und Kollegen bringen hier Erfahrung mit, die wir sonst teuer einkaufen müssten.',
    'Datenschutz und Persönlichkeitsrechte gelten natürlich auch hier; im Zweifel fragt man die zuständigen Stellen.',
    'Es lohnt sich, gemeinsam Regeln zu vereinbaren, statt stillschweigend unterschiedliche zu leben.',
    'Viele kleine Beobachtungen aus den Tandems zeigen, dass man {topic} {context} schon deutlich merkt.',
    'Wer {context} arbeitet, begegnet {topic} früher oder später ohnehin.',
    'Mein Mentee hat erzählt, dass ihm {topic} vorher vor allem aus Zeitungsartikeln bekannt war.',
    'Für unsere Arbeitgebermarke zählt, ob wir dort glaubwürdig auftreten, wo junge Menschen ohnehin sind.',
    'Entscheidend ist, dass niemand sich gedrängt fühlt: Ausprobieren ist freiwillig.',
    'Im Tandem lässt sich {topic} ohne Druck besprechen, auch die Dinge, die man peinlich findet.',
    'So wird aus einer Beobachtung {context} eine gemeinsame Frage, über die man reden kann.',
    'Die Diskussion über {topic} hilft, eigene Gewohnheiten zu hinterfragen.',
    'Was wir {context} daraus lernen, teilen wir über den Newsletter und die Bibliothek.',
  ],
  en: [
    'Especially {context}, we notice that colleagues bring very different expectations.',
    'Understanding {topic} also helps us understand how applicants see us.',
    'For our goal “{goal}”, this is more than a side note.',
    'Customers today expect answers in the channel they chose themselves.',
    'Executives who know {topic} find it easier to place questions from their teams.',
    'The point is not to join every trend but to decide deliberately.',
    'Misunderstandings {context} rarely come from bad intent, more often from different habits.',
    'An open conversation about {topic} takes away a lot of the hesitation.',
    'Young colleagues bring experience here that we would otherwise have to buy in.',
    'Data protection and personal rights apply here too; when in doubt, ask the responsible teams.',
    'It pays to agree on rules together instead of silently living by different ones.',
    'Many small observations from the tandems show that people already notice {topic} {context}.',
    'Anyone working {context} will meet {topic} sooner or later anyway.',
    'My mentee told me he had mostly known {topic} from newspaper articles before.',
    'For our employer brand, what counts is whether we come across as credible where young people already are.',
    'What matters is that nobody feels pushed: trying it out is voluntary.',
    'In a tandem, {topic} can be discussed without pressure, including the parts that feel awkward.',
    'That way an observation {context} becomes a shared question people can talk about.',
    'Discussing {topic} helps to question one\'s own habits.',
    'What we learn from it {context}, we share through the newsletter and the library.',
  ],
};

export const BULLETS: Record<Lang, string[]> = {
  de: [
    'Kurze Nachrichten ersetzen oft lange E-Mails.',
    'Bilder und Videos tragen mehr Bedeutung als gedacht.',
    'Antwortzeiten werden anders gelesen als früher.',
    'Nicht jede Reaktion ist eine Zustimmung.',
    'Private und berufliche Kanäle werden bewusst getrennt.',
    'Vertrauen entsteht durch Offenheit, nicht durch Hochglanz.',
    'Wer fragt, statt zu urteilen, lernt am schnellsten.',
    'Humor ist oft ein Zeichen von Nähe, nicht von Respektlosigkeit.',
    'Algorithmen entscheiden mit, wer was zu sehen bekommt.',
    'Gute Inhalte erklären etwas, statt nur zu werben.',
  ],
  en: [
    'Short messages often replace long emails.',
    'Pictures and videos carry more meaning than expected.',
    'Response times are read differently than they used to be.',
    'Not every reaction means agreement.',
    'Private and work channels are kept apart on purpose.',
    'Trust comes from openness, not from polish.',
    'Asking instead of judging is the fastest way to learn.',
    'Humour is often a sign of closeness, not of disrespect.',
    'Algorithms help decide who gets to see what.',
    'Good content explains something instead of only advertising.',
  ],
};

export const STEPS: Record<Lang, string[]> = {
  de: [
    'Bitten Sie Ihre Mentorin oder Ihren Mentor, Ihnen {topic} einmal am eigenen Gerät zu zeigen.',
    'Beobachten Sie eine Woche lang, wo Ihnen {topic} im Alltag begegnet.',
    'Notieren Sie drei Fragen, die Sie beim Ausprobieren hatten.',
    'Sprechen Sie im Team darüber, welche Erwartungen jede und jeder hat.',
    'Probieren Sie eine Funktion aus, ohne etwas zu veröffentlichen.',
    'Überlegen Sie, was das {context} konkret bedeuten könnte.',
    'Bringen Sie Ihre Beobachtungen in die nächste Mentoring-Session mit.',
    'Lesen Sie die Hilfeseiten zu Privatsphäre und Einstellungen.',
  ],
  en: [
    'Ask your mentor to show you {topic} once on their own device.',
    'For one week, notice where you come across {topic} in everyday life.',
    'Write down three questions you had while trying it.',
    'Talk in your team about the expectations each person has.',
    'Try one feature without posting anything.',
    'Think about what this could mean {context}.',
    'Bring your observations to the next mentoring session.',
    'Read the help pages about privacy and settings.',
  ],
};

/** Question/answer rows for the "at a glance" table. */
export const TABLE_ROWS: Record<Lang, [string, string][]> = {
  de: [
    ['Wer nutzt es?', 'Vor allem Jüngere, zunehmend aber alle Altersgruppen.'],
    ['Was kostet es?', 'Der Einstieg ist meist kostenlos.'],
    ['Was braucht man?', 'Ein Smartphone und etwas Neugier.'],
    ['Worauf achten?', 'Privatsphäre-Einstellungen und Persönlichkeitsrechte.'],
    ['Wie anfangen?', 'Zuschauen, fragen, dann selbst ausprobieren.'],
    ['Für wen im Haus?', 'Für alle, die mit Kundschaft oder Bewerbungen zu tun haben.'],
  ],
  en: [
    ['Who uses it?', 'Mostly younger people, but more and more every age group.'],
    ['What does it cost?', 'Getting started is usually free.'],
    ['What do you need?', 'A smartphone and some curiosity.'],
    ['What to watch for?', 'Privacy settings and personal rights.'],
    ['How to start?', 'Watch, ask, then try it yourself.'],
    ['Who in the company?', 'Everyone who deals with customers or applications.'],
  ],
};

export const RELATED_LINE: Record<Lang, string> = {
  de: 'Passend dazu: [{title}]({href}).',
  en: 'See also: [{title}]({href}).',
};
