using OnePlusX.Tenancy;

namespace OnePlusX.Venues;

/// <summary>
/// A college's venue calendar (考场安排): every exam sitting of every project of the college, so that no two exams
/// claim one room at the same time (XM-SCH-1: the appraisal station coordinates all exam schedules). One per
/// college, key <c>"{tenant}/venues"</c> (<see cref="VenueCalendar.KeyFor"/>). Bookings are held per owner (an exam
/// of a project); booking again replaces the owner's rooms at once, and a room another owner holds is refused.
/// </summary>
public interface IVenueCalendarGrain : ITenantGrain
{
    /// <summary>Other owners' reservations in the given rooms that overlap the window.</summary>
    Task<IReadOnlyList<VenueReservation>> OthersAsync(string owner, IReadOnlyList<string> rooms, DateTimeOffset from, DateTimeOffset to);

    /// <summary>
    /// Replaces the owner's reservations with these sittings, unless one overlaps another owner's reservation in the
    /// same room: then nothing changes and the outcome lists the reservations in the way.
    /// </summary>
    Task<VenueBookingOutcome> BookAsync(BookVenues command);
}

/// <summary>The venue calendar's grain key.</summary>
public static class VenueCalendar
{
    /// <summary>The local key of every college's calendar.</summary>
    public const string LocalKey = "venues";

    public static string KeyFor(TenantId tenant) => GrainKey.For(tenant, LocalKey);
}
