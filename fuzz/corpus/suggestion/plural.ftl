{ $count ->
    [one] { $count } report
   *[other] { $count } reports
}