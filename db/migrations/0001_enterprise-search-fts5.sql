-- The enterprise search index (issue 3 item 5). One row per enterprise, rowid = enterprises.id,
-- holding ONE text already folded in JavaScript (foldTurkish: ı/İ/I → i, ç → c, …), because
-- FTS5's own folding does not know the Turkish dotless ı. The text is made of the unvan,
-- VKN/TCKN, the provinces, the main NACE code and the committed persons' names, and is
-- rewritten by db/repositories/enterprise-search-index.ts in the same transaction as every
-- write that changes one of them. The app rebuilds the whole index after any migration.
-- prefix = '2 3 4': search-as-you-type asks for prefixes of 2 to 4 characters most often.
CREATE VIRTUAL TABLE `enterprise_search` USING fts5(`folded_text`, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4');
