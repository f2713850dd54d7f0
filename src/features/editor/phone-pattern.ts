/**
 * The shapes of phone number the build accepts (core/phone.ts), as one
 * regular expression the editor can check while the coordinator types:
 * French numbers written 0X XX XX XX XX (or without its 0) or +33 X XX XX XX XX (spaces, dots
 * or dashes between pairs), short numbers (15, 112, 3114) and numbers of
 * other countries in international form. libphonenumber, at build, is finer
 * (it knows which ranges are allocated): a number that passes here and not
 * there is reported by the build with the same words.
 */
export const PHONE_PATTERN = /^(?:(?:\+33[\s.-]?(?:\(0\)[\s.-]?)?|0)?[1-9](?:[\s.-]?\d{2}){4}|1\d{1,2}|3\d{3}|\+(?!33)[1-9][\d\s.-]{6,16}\d)$/;
