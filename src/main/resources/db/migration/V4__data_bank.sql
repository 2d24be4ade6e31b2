-- Member data bank (S Appendix 3, S 3.6): one profile per person, kept only with consent.
-- Full name, place of work and main position stay on person (given at registration).
CREATE TABLE profile (
    person_id            BIGINT        NOT NULL PRIMARY KEY REFERENCES person (id),
    combined_position    VARCHAR(1000),
    education_level      VARCHAR(20),
    qualification        VARCHAR(1000),
    retraining           VARCHAR(1000),
    total_experience     INTEGER,
    teaching_experience  INTEGER,
    category             VARCHAR(20),
    courses_regional     VARCHAR(1000),
    courses_federal      VARCHAR(1000),
    diagnostics          VARCHAR(1000),
    deficits             VARCHAR(1000),
    events_municipal     VARCHAR(1000),
    events_regional      VARCHAR(1000),
    events_federal       VARCHAR(1000),
    birth_date           DATE,
    specialty            VARCHAR(1000),
    awards               VARCHAR(1000),
    titles               VARCHAR(1000),
    self_education       VARCHAR(1000),
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL
);

-- Withdrawal of consent (/forget): when the person's data was erased; the row stays so that the
-- memberships, role history and signed protocols that refer to it keep their meaning.
ALTER TABLE person ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;

-- Who ended a role or a membership: NULL when the person left or was replaced, else the chair who removed them.
ALTER TABLE role_assignment ADD COLUMN ended_by_person_id BIGINT;
