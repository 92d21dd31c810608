-- Identity users and roles, OpenIddict applications, authorizations, scopes and tokens.
-- Generated from AccountsDbContext (EF Core GenerateCreateScript); AccountsSchemaShould keeps it equal to the model.

CREATE TABLE "identity_roles" (
    "id" TEXT NOT NULL CONSTRAINT "pk_identity_roles" PRIMARY KEY,
    "name" TEXT NULL,
    "normalized_name" TEXT NULL,
    "concurrency_stamp" TEXT NULL
);


CREATE TABLE "identity_users" (
    "id" TEXT NOT NULL CONSTRAINT "pk_identity_users" PRIMARY KEY,
    "tenant_code" TEXT NULL,
    "province_code" TEXT NULL,
    "school_code" TEXT NULL,
    "display_name" TEXT NOT NULL,
    "must_change_password" INTEGER NOT NULL,
    "disabled" INTEGER NOT NULL,
    "created_at" TEXT NOT NULL,
    "user_name" TEXT NULL,
    "normalized_user_name" TEXT NULL,
    "email" TEXT NULL,
    "normalized_email" TEXT NULL,
    "email_confirmed" INTEGER NOT NULL,
    "password_hash" TEXT NULL,
    "security_stamp" TEXT NULL,
    "concurrency_stamp" TEXT NULL,
    "phone_number" TEXT NULL,
    "phone_number_confirmed" INTEGER NOT NULL,
    "two_factor_enabled" INTEGER NOT NULL,
    "lockout_end" TEXT NULL,
    "lockout_enabled" INTEGER NOT NULL,
    "access_failed_count" INTEGER NOT NULL
);


CREATE TABLE "openiddict_applications" (
    "id" TEXT NOT NULL CONSTRAINT "pk_openiddict_applications" PRIMARY KEY,
    "application_type" TEXT NULL,
    "client_id" TEXT NULL,
    "client_secret" TEXT NULL,
    "client_type" TEXT NULL,
    "concurrency_token" TEXT NULL,
    "consent_type" TEXT NULL,
    "display_name" TEXT NULL,
    "display_names" TEXT NULL,
    "json_web_key_set" TEXT NULL,
    "permissions" TEXT NULL,
    "post_logout_redirect_uris" TEXT NULL,
    "properties" TEXT NULL,
    "redirect_uris" TEXT NULL,
    "requirements" TEXT NULL,
    "settings" TEXT NULL
);


CREATE TABLE "openiddict_scopes" (
    "id" TEXT NOT NULL CONSTRAINT "pk_openiddict_scopes" PRIMARY KEY,
    "concurrency_token" TEXT NULL,
    "description" TEXT NULL,
    "descriptions" TEXT NULL,
    "display_name" TEXT NULL,
    "display_names" TEXT NULL,
    "name" TEXT NULL,
    "properties" TEXT NULL,
    "resources" TEXT NULL
);


CREATE TABLE "identity_role_claims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_identity_role_claims" PRIMARY KEY AUTOINCREMENT,
    "role_id" TEXT NOT NULL,
    "claim_type" TEXT NULL,
    "claim_value" TEXT NULL,
    CONSTRAINT "fk_identity_role_claims_identity_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "identity_roles" ("id") ON DELETE CASCADE
);


CREATE TABLE "identity_user_claims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_identity_user_claims" PRIMARY KEY AUTOINCREMENT,
    "user_id" TEXT NOT NULL,
    "claim_type" TEXT NULL,
    "claim_value" TEXT NULL,
    CONSTRAINT "fk_identity_user_claims_asp_net_users_user_id" FOREIGN KEY ("user_id") REFERENCES "identity_users" ("id") ON DELETE CASCADE
);


CREATE TABLE "identity_user_logins" (
    "login_provider" TEXT NOT NULL,
    "provider_key" TEXT NOT NULL,
    "provider_display_name" TEXT NULL,
    "user_id" TEXT NOT NULL,
    CONSTRAINT "pk_identity_user_logins" PRIMARY KEY ("login_provider", "provider_key"),
    CONSTRAINT "fk_identity_user_logins_asp_net_users_user_id" FOREIGN KEY ("user_id") REFERENCES "identity_users" ("id") ON DELETE CASCADE
);


CREATE TABLE "identity_user_roles" (
    "user_id" TEXT NOT NULL,
    "role_id" TEXT NOT NULL,
    CONSTRAINT "pk_identity_user_roles" PRIMARY KEY ("user_id", "role_id"),
    CONSTRAINT "fk_identity_user_roles_asp_net_users_user_id" FOREIGN KEY ("user_id") REFERENCES "identity_users" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_identity_user_roles_identity_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "identity_roles" ("id") ON DELETE CASCADE
);


CREATE TABLE "identity_user_tokens" (
    "user_id" TEXT NOT NULL,
    "login_provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" TEXT NULL,
    CONSTRAINT "pk_identity_user_tokens" PRIMARY KEY ("user_id", "login_provider", "name"),
    CONSTRAINT "fk_identity_user_tokens_asp_net_users_user_id" FOREIGN KEY ("user_id") REFERENCES "identity_users" ("id") ON DELETE CASCADE
);


CREATE TABLE "openiddict_authorizations" (
    "id" TEXT NOT NULL CONSTRAINT "pk_openiddict_authorizations" PRIMARY KEY,
    "application_id" TEXT NULL,
    "concurrency_token" TEXT NULL,
    "creation_date" TEXT NULL,
    "properties" TEXT NULL,
    "scopes" TEXT NULL,
    "status" TEXT NULL,
    "subject" TEXT NULL,
    "type" TEXT NULL,
    CONSTRAINT "fk_openiddict_authorizations_openiddict_applications_application_id" FOREIGN KEY ("application_id") REFERENCES "openiddict_applications" ("id")
);


CREATE TABLE "openiddict_tokens" (
    "id" TEXT NOT NULL CONSTRAINT "pk_openiddict_tokens" PRIMARY KEY,
    "application_id" TEXT NULL,
    "authorization_id" TEXT NULL,
    "concurrency_token" TEXT NULL,
    "creation_date" TEXT NULL,
    "expiration_date" TEXT NULL,
    "payload" TEXT NULL,
    "properties" TEXT NULL,
    "redemption_date" TEXT NULL,
    "reference_id" TEXT NULL,
    "status" TEXT NULL,
    "subject" TEXT NULL,
    "type" TEXT NULL,
    CONSTRAINT "fk_openiddict_tokens_openiddict_applications_application_id" FOREIGN KEY ("application_id") REFERENCES "openiddict_applications" ("id"),
    CONSTRAINT "fk_openiddict_tokens_openiddict_authorizations_authorization_id" FOREIGN KEY ("authorization_id") REFERENCES "openiddict_authorizations" ("id")
);


CREATE INDEX "ix_identity_role_claims_role_id" ON "identity_role_claims" ("role_id");


CREATE UNIQUE INDEX "role_name_index" ON "identity_roles" ("normalized_name");


CREATE INDEX "ix_identity_user_claims_user_id" ON "identity_user_claims" ("user_id");


CREATE INDEX "ix_identity_user_logins_user_id" ON "identity_user_logins" ("user_id");


CREATE INDEX "ix_identity_user_roles_role_id" ON "identity_user_roles" ("role_id");


CREATE INDEX "email_index" ON "identity_users" ("normalized_email");


CREATE INDEX "ix_identity_users_tenant_code" ON "identity_users" ("tenant_code");


CREATE UNIQUE INDEX "user_name_index" ON "identity_users" ("normalized_user_name");


CREATE UNIQUE INDEX "ix_openiddict_applications_client_id" ON "openiddict_applications" ("client_id");


CREATE INDEX "ix_openiddict_authorizations_application_id_status_subject_type" ON "openiddict_authorizations" ("application_id", "status", "subject", "type");


CREATE UNIQUE INDEX "ix_openiddict_scopes_name" ON "openiddict_scopes" ("name");


CREATE INDEX "ix_openiddict_tokens_application_id_status_subject_type" ON "openiddict_tokens" ("application_id", "status", "subject", "type");


CREATE INDEX "ix_openiddict_tokens_authorization_id" ON "openiddict_tokens" ("authorization_id");


CREATE UNIQUE INDEX "ix_openiddict_tokens_reference_id" ON "openiddict_tokens" ("reference_id");
