/**
 * Reporters' credits that stand in the body ("Reporting by Jane Doe in London; editing by Sam
 * Smith.", "Associated Press writer Hanna Arhirova contributed."): their names are reporters,
 * never people in the news, and the credit is evidence of the outlet.
 */

const CREDIT_START = /^(?:additional\s+)?(?:reporting|writing|editing|research|compiled)\s+by\b/i;
const CREDIT_END = /\bcontributed(?:\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story|article))?(?:\s+(?:from|in)\s+[^.]*)?\.?\s*$/i;

export function isCreditSentence(sentence: string): boolean {
  const text = sentence.trim();
  return CREDIT_START.test(text) || CREDIT_END.test(text);
}
