CREATE TABLE "tenant_branding" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"logo_png_base64" text,
	"contact_phone" text NOT NULL,
	"contact_email" text,
	"footer" text NOT NULL,
	"address" text,
	"partner_phones" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_branding_name_not_empty" CHECK (length("tenant_branding"."name") > 0),
	CONSTRAINT "tenant_branding_logo_size" CHECK ("tenant_branding"."logo_png_base64" IS NULL OR length("tenant_branding"."logo_png_base64") <= 400000)
);
--> statement-breakpoint
CREATE TABLE "digipunten" (
	"tenant_id" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"street" text NOT NULL,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"neighbourhood" text,
	"lat" double precision,
	"lon" double precision,
	"opening_hours" text NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digipunten_pkey" PRIMARY KEY("tenant_id","position"),
	CONSTRAINT "digipunten_lat_lon_together" CHECK (("digipunten"."lat" IS NULL) = ("digipunten"."lon" IS NULL)),
	CONSTRAINT "digipunten_postcode_format" CHECK ("digipunten"."postcode" ~ '^[0-9]{4}$')
);
--> statement-breakpoint
ALTER TABLE "tenant_branding" ADD CONSTRAINT "tenant_branding_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digipunten" ADD CONSTRAINT "digipunten_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "digipunten_tenant_neighbourhood_idx" ON "digipunten" USING btree ("tenant_id","neighbourhood");