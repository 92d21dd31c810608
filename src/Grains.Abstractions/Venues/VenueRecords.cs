namespace OnePlusX.Venues;

/// <summary>A room held by an owner from a start to an end (instants, UTC).</summary>
/// <param name="Owner">Who holds it, e.g. <c>WEB-FE-2-2025/exam:E1</c>.</param>
/// <param name="Title">What holds it, for people, e.g. <c>Web前端开发 WEB-FE-2-2025 考核 E1</c>.</param>
/// <param name="Room">The room, as written.</param>
/// <param name="Start">From.</param>
/// <param name="End">Until (a sitting that starts at another's end does not overlap it).</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.VenueReservation")]
public sealed record VenueReservation(
    [property: Id(0)] string Owner,
    [property: Id(1)] string Title,
    [property: Id(2)] string Room,
    [property: Id(3)] DateTimeOffset Start,
    [property: Id(4)] DateTimeOffset End);

/// <summary>A room and time to hold.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.VenueSlot")]
public sealed record VenueSlot([property: Id(0)] string Room, [property: Id(1)] DateTimeOffset Start, [property: Id(2)] DateTimeOffset End);

/// <summary>Holds these rooms for an owner, replacing what it held before.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.BookVenues")]
public sealed record BookVenues(
    [property: Id(0)] string Owner,
    [property: Id(1)] string Title,
    [property: Id(2)] IReadOnlyList<VenueSlot> Slots);

/// <summary>Whether the rooms are now held; if not, the other owners' reservations in the way.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.VenueBookingOutcome")]
public sealed record VenueBookingOutcome([property: Id(0)] bool Booked, [property: Id(1)] IReadOnlyList<VenueReservation> Conflicts);
