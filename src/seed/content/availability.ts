/** When the demo consultant takes calls: weekday mornings and afternoons, Madrid time. */
export const availability = {
  timeZone: 'Europe/Madrid',
  weeklyHours: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).flatMap((weekday) => [
    { weekday, from: '09:00', to: '13:00' },
    { weekday, from: '15:00', to: '18:00' },
  ]),
  callMinutes: 30,
  bufferMinutes: 15,
  minimumNoticeHours: 24,
  bookingWindowDays: 21,
  meetingLink: 'https://meet.example.com/pau-serrat',
}
