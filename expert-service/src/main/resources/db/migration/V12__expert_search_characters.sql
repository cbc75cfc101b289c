-- A one- or two-character Chinese search ("王") has no trigram for pg_trgm to use, so a search of the
-- candidates or former members read all 100,000 experts. This index holds each expert's search text
-- as characters; the search asks it for the rows that hold every character of the text, and ILIKE
-- then keeps those that hold the text itself. The expression must stay the same as the one in
-- ExpertDirectory for the planner to use the index. It serves every search the trigram index of V2
-- served, which goes.
CREATE INDEX expert_search_characters ON expert USING gin (string_to_array(lower(search_text), NULL));
DROP INDEX expert_search_trgm;
