package ru.mumo.telegram.internal.meetings;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttendanceBoardRepository extends JpaRepository<AttendanceBoard, String> {

    @Query("select b from AttendanceBoard b where b.meetingId = ?1")
    List<AttendanceBoard> findByMeeting(long meetingId);
}
