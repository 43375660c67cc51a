-- The search text is now folded after NFKC normalisation with invisible characters removed
-- (issue 12 item 4: fullwidth letters, zero-width spaces, soft hyphens). Rows folded the old
-- way are dropped here; the app rebuilds the whole index from the rows after any migration
-- (db/connection.ts), so every enterprise is indexed again with the new folding.
DELETE FROM `enterprise_search`;
