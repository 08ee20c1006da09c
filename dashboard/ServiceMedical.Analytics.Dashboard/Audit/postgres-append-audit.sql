INSERT INTO servicemedical.audit_log (occurred_at, user_name, event, detail, filters, node) VALUES (@occurred_at, @user_name, @event, @detail, @filters, @node);
