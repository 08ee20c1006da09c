-- Stamps the database with its publication, just before it is copied as a snapshot.
DELETE FROM publication;
INSERT INTO publication (published_at, reason) VALUES ($now, $reason);
