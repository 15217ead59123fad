-- The key that signs the bearer tokens of POST /api/login (built-in mode, HMAC-SHA256). One row, made by the
-- first node that starts and read by every other, so a token issued by one node is accepted by all. It never
-- leaves the database (nor is it in the repository or the configuration). Deleting the row and restarting every
-- node makes a new key, and so ends every token issued until then.
CREATE TABLE login_token_key (
    id         SMALLINT    NOT NULL,
    secret     BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT login_token_key_pkey PRIMARY KEY (id),
    CONSTRAINT login_token_key_one_row CHECK (id = 1),
    CONSTRAINT login_token_key_length CHECK (octet_length(secret) >= 32)
);
