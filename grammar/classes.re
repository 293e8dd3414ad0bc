/* classes.re: character classes shared by the re2c lexers (included with
 * `!include "classes.re";`). UTF-8 mode (re2c -8): the classes are code
 * points, re2c turns them into byte sequences. */
/*!re2c
ar_letter = [\u0621-\u063A\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\uFB50-\uFDFF\uFE70-\uFEFC];
ar_mark   = [\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED];
tatweel   = "\u0640";
fmt       = [\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF];
ar_digit  = [\u0660-\u0669];
ext_digit = [\u06F0-\u06F9];
digit     = [0-9] | ar_digit | ext_digit;
latin     = [a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F];
space     = [ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000];
newline   = "\r\n" | [\n\r\x0B\x0C\u0085\u2028\u2029];
term      = [.!?\u061F\u2026\u06D4];
quote     = ["'`\u00AB\u00BB\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2039\u203A\u300C\u300D];
punct     = [,;:()[\]{}\-/\\|_*&#@^~=<>+\u060C\u061B\u066D\u2010-\u2015\u2022\u00B7];
percent   = [%\u066A];
valid_char = [\x00-\uD7FF\uE000-\U0010FFFF];  /* any code point but the surrogates */
*/
