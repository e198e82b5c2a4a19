CREATE TABLE "digipunt_info_records" (
	"tenant_id" text NOT NULL,
	"client_id" text NOT NULL,
	"intake_id" text NOT NULL,
	"points" jsonb NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"given_by" text,
	CONSTRAINT "digipunt_info_records_pkey" PRIMARY KEY("client_id","given_at"),
	CONSTRAINT "digipunt_info_records_points_not_empty" CHECK (jsonb_array_length("digipunt_info_records"."points") > 0)
);
--> statement-breakpoint
ALTER TABLE "digipunt_info_records" ADD CONSTRAINT "digipunt_info_records_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digipunt_info_records" ADD CONSTRAINT "digipunt_info_records_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digipunt_info_records" ADD CONSTRAINT "digipunt_info_records_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "digipunt_info_records_tenant_idx" ON "digipunt_info_records" USING btree ("tenant_id");