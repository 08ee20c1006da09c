UPDATE load_registry
SET sha256 = $sha256,
    dataset = $dataset,
    file_format = $file_format,
    encoding = $encoding,
    rows_read = $rows_read,
    rows_accepted = $rows_accepted,
    rows_rejected = $rows_rejected,
    ended_at = $now,
    extract_date = $extract_date,
    status = $status,
    error_message = $error_message
WHERE load_id = $load_id;
