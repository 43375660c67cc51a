CREATE INDEX `applications_call_calendar_idx` ON `applications` (`call_calendar_id`);--> statement-breakpoint
CREATE INDEX `workflow_states_state_idx` ON `workflow_states` (`state`,`record_kind`);