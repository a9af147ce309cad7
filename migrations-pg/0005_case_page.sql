ALTER TABLE "audit_events" ADD COLUMN "detail" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "follow_up_on" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "simfoni_enc" text;