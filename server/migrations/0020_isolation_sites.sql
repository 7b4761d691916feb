-- Isolation sites (隔离点): their staff, and a room status that follows who is in the room.

-- Who works at a site: a manager, medical staff (about 2 per 50 isolated persons is the usual figure)
-- and support staff. A user works at a site in one role.
CREATE TABLE isolation_site_staff (
  site_id     bigint NOT NULL REFERENCES place (id),
  user_id     bigint NOT NULL REFERENCES app_user (id),
  role        text NOT NULL CHECK (role IN ('manager', 'medical', 'support')),
  assigned_by bigint REFERENCES app_user (id),
  assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, user_id)
);
CREATE INDEX isolation_site_staff_user_idx ON isolation_site_staff (user_id);

-- A quarantine has one stay open at a time: the room (or home) the person is in now.
CREATE UNIQUE INDEX quarantine_stay_one_open ON quarantine_stay (quarantine_id) WHERE until IS NULL;

-- A room with someone under an active quarantine in it is occupied; when the last person leaves
-- (transfer, release, hospital) it is to be cleaned before staff set it free again. Kept here rather
-- than in each module that ends or moves a quarantine, so no path can leave a room's status wrong. A
-- quarantine that ends also ends its open stay.
CREATE FUNCTION quarantine_follow_occupancy() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rooms bigint[] := ARRAY[NEW.room_id];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    rooms := rooms || OLD.room_id;
    IF OLD.status = 'active' AND NEW.status <> 'active' THEN
      UPDATE quarantine_stay SET until = NEW.ended_at WHERE quarantine_id = NEW.id AND until IS NULL;
    END IF;
  END IF;
  UPDATE isolation_room r
     SET status = CASE
           WHEN EXISTS (SELECT 1 FROM quarantine q WHERE q.room_id = r.id AND q.status = 'active') THEN 'occupied'
           WHEN r.status = 'occupied' THEN 'cleaning'
           ELSE r.status END
   WHERE r.id = ANY (rooms);
  RETURN NULL;
END $$;

CREATE TRIGGER quarantine_room_occupancy AFTER INSERT OR UPDATE OF status, room_id ON quarantine
  FOR EACH ROW EXECUTE FUNCTION quarantine_follow_occupancy();
