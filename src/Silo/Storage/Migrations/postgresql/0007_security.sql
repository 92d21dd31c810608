-- Keys the service keeps itself: the ASP.NET Core data-protection key ring (cookies, antiforgery, protected
-- secrets) shared by every silo, and OAuth signing and encryption keys (private parts protected by that ring).
CREATE TABLE data_protection_keys (id text PRIMARY KEY, xml text NOT NULL, created_at_ms bigint NOT NULL);
CREATE TABLE signing_keys
(
    id               text PRIMARY KEY,
    purpose          text NOT NULL CHECK (purpose IN ('signing', 'encryption')),
    created_at_ms    bigint NOT NULL,
    retire_after_ms  bigint NOT NULL,
    protected_key    text NOT NULL
);

-- The roles of the role matrix (docs/security.md); users get them, clients carry IntegrationClient in their tokens.
INSERT INTO identity_roles (id, name, normalized_name, concurrency_stamp) VALUES
    ('CollegeAdministrator', 'CollegeAdministrator', 'COLLEGEADMINISTRATOR', 'collegeadministrator'),
    ('SchoolOfficer', 'SchoolOfficer', 'SCHOOLOFFICER', 'schoolofficer'),
    ('Teacher', 'Teacher', 'TEACHER', 'teacher'),
    ('FinanceOfficer', 'FinanceOfficer', 'FINANCEOFFICER', 'financeofficer'),
    ('ProvincialCoordinator', 'ProvincialCoordinator', 'PROVINCIALCOORDINATOR', 'provincialcoordinator'),
    ('NationalMonitor', 'NationalMonitor', 'NATIONALMONITOR', 'nationalmonitor'),
    ('EvaluationOrganization', 'EvaluationOrganization', 'EVALUATIONORGANIZATION', 'evaluationorganization'),
    ('IntegrationClient', 'IntegrationClient', 'INTEGRATIONCLIENT', 'integrationclient'),
    ('SystemAdministrator', 'SystemAdministrator', 'SYSTEMADMINISTRATOR', 'systemadministrator');
