CREATE TABLE "sender_blocks" (
	"conversation_id" text PRIMARY KEY NOT NULL,
	"blocked_until" bigint NOT NULL,
	"blocked_by" text NOT NULL,
	"case_id" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sender_blocks_until_idx" ON "sender_blocks" USING btree ("blocked_until");