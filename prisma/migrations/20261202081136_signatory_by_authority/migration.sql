-- The "(e.f.)" after the name of a signatory means "etter fullmakt" (signed by authority), not "electronically
-- approved": the key in the signatories of each letter is renamed from "electronicallyApproved" to
-- "byAuthority", with its value. Data only: no column changes (the audit log keeps what it saw).
UPDATE "Letter"
SET "signatories" = (
  SELECT coalesce(jsonb_agg(
    CASE WHEN jsonb_typeof(e.s) = 'object' AND e.s ? 'electronicallyApproved'
      THEN (e.s - 'electronicallyApproved') || jsonb_build_object('byAuthority', e.s -> 'electronicallyApproved')
      ELSE e.s END
    ORDER BY e.ord), '[]'::jsonb)
  FROM jsonb_array_elements("Letter"."signatories") WITH ORDINALITY AS e(s, ord)
)
WHERE jsonb_typeof("signatories") = 'array' AND "signatories"::text LIKE '%"electronicallyApproved"%';
